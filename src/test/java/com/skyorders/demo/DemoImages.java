package com.skyorders.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Makes the demo menu's pictures (db/demo/R__demo_data.sql): a plate on a coloured table cloth per dish, drawn with
 * java.awt, so the demo shows images that load without copying anyone's photos. Prints the SQL rows; run it with
 * {@code java src/test/java/com/skyorders/demo/DemoImages.java} and paste the output into the demo script when the
 * demo dishes change.
 */
public final class DemoImages {

    private DemoImages() {}

    public static void main(String[] args) throws Exception {
        Map<String, Color> pictures = new LinkedHashMap<>();
        String[] names = {
            "drink-red",
            "drink-blue",
            "drink-gold",
            "rice",
            "bun",
            "fish-sour",
            "fish-sour-2",
            "fish-boiled",
            "greens",
            "pork",
            "fish-grilled",
            "frog",
            "chicken",
            "noodles",
            "set-single",
            "set-double"
        };
        Color[] colours = {
            new Color(0xC0392B),
            new Color(0x2E86C1),
            new Color(0xD4AC0D),
            new Color(0xF5F5F5),
            new Color(0xFAE5D3),
            new Color(0xE67E22),
            new Color(0xCA6F1E),
            new Color(0xE74C3C),
            new Color(0x27AE60),
            new Color(0x6E2C00),
            new Color(0xA04000),
            new Color(0x922B21),
            new Color(0xD35400),
            new Color(0xF4D03F),
            new Color(0x1ABC9C),
            new Color(0x8E44AD)
        };
        for (int i = 0; i < names.length; i++) {
            pictures.put(names[i], colours[i]);
        }
        for (Map.Entry<String, Color> picture : pictures.entrySet()) {
            byte[] png = draw(picture.getValue());
            String sha = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(png));
            System.out.printf(
                    "  -- %s%n  ('%s', 'image/png', %d, X'%s', @demo_now, 1),%n",
                    picture.getKey(), sha, png.length, HexFormat.of().formatHex(png));
        }
    }

    static byte[] draw(Color food) throws IOException {
        BufferedImage image = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(new Color(0xFDF2E9));
        g.fillRect(0, 0, 200, 150);
        g.setColor(new Color(0xF0B27A));
        for (int x = 0; x < 200; x += 25) {
            g.fillRect(x, 0, 12, 150);
        }
        g.setColor(Color.WHITE);
        g.fillOval(40, 15, 120, 120);
        g.setColor(new Color(0xD5D8DC));
        g.setStroke(new BasicStroke(3));
        g.drawOval(40, 15, 120, 120);
        g.setColor(food);
        g.fillOval(62, 37, 76, 76);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
