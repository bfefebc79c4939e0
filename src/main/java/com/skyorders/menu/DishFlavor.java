package com.skyorders.menu;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.skyorders.error.AppException;
import java.util.ArrayList;
import java.util.List;

/**
 * A dish's 口味: its name and its options, {@code value} being a JSON array as text ({@code "[\"不辣\",\"微辣\"]"}),
 * which both clients {@code JSON.parse}.
 */
public record DishFlavor(Long id, Long dishId, String name, String value) {

    /** The options, in order. */
    public List<String> options() {
        List<String> options = new ArrayList<>();
        JsonArray array = JsonParser.parseString(value).getAsJsonArray();
        array.forEach(e -> options.add(e.getAsString()));
        return options;
    }

    /** Checked for storage: a name, and 1–20 distinct options without commas (the mini-program joins with ','). */
    DishFlavor checked() {
        String checkedName = MenuText.name("flavors.name", name);
        List<String> options = new ArrayList<>();
        try {
            JsonElement parsed = JsonParser.parseString(value == null ? "" : value);
            for (JsonElement option : parsed.getAsJsonArray()) {
                String text = option.getAsString().trim();
                if (text.isEmpty() || text.contains(",") || text.length() > 20 || options.contains(text)) {
                    throw new IllegalStateException(text);
                }
                options.add(text);
            }
        } catch (RuntimeException e) {
            throw AppException.invalid("flavors.value", "必须是口味选项的JSON数组，选项不能为空、重复或含逗号，每项不超过20个字符");
        }
        if (options.isEmpty() || options.size() > 20) {
            throw AppException.invalid("flavors.value", "必须有1到20个选项");
        }
        JsonArray canonical = new JsonArray();
        options.forEach(canonical::add);
        String text = canonical.toString();
        if (text.length() > 255) {
            throw AppException.invalid("flavors.value", "不能超过255个字符");
        }
        return new DishFlavor(null, null, checkedName, text);
    }
}
