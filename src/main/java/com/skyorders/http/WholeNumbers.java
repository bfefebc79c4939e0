package com.skyorders.http;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Whole-number fields of request bodies (ids, counts, codes) take only whole numbers in range. Gson reads a body's
 * tree with BigDecimal's {@code longValue()}, which turns {@code 1.5} into 1 and {@code 18446744073709551617} into
 * 1 without a word: an id the client never sent. Here both are a 400 naming the field.
 */
public final class WholeNumbers {

    private WholeNumbers() {}

    public static GsonBuilder register(GsonBuilder builder) {
        TypeAdapter<Long> longs = adapter(BigDecimal::longValueExact);
        TypeAdapter<Integer> ints = adapter(BigDecimal::intValueExact);
        return builder.registerTypeAdapter(Long.class, longs)
                .registerTypeAdapter(long.class, longs)
                .registerTypeAdapter(Integer.class, ints)
                .registerTypeAdapter(int.class, ints);
    }

    private static <T extends Number> TypeAdapter<T> adapter(Function<BigDecimal, T> exact) {
        return new TypeAdapter<T>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                out.value(value);
            }

            @Override
            public T read(JsonReader in) throws IOException {
                if (in.peek() == JsonToken.NULL) {
                    in.nextNull();
                    return null;
                }
                String path = in.getPath();
                String text = in.nextString(); // a number's own digits; a string holding a number is accepted too
                try {
                    return exact.apply(new BigDecimal(text.trim()));
                } catch (ArithmeticException | NumberFormatException e) {
                    throw new JsonSyntaxException("not a whole number in range at path " + path);
                }
            }
        };
    }
}
