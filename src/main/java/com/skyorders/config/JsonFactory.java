package com.skyorders.config;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonDeserializer;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Builds the one Gson every edge shares. Nulls are written, as sky-take-out's clients expect every field, and
 * LocalDateTime travels as {@code yyyy-MM-dd HH:mm}, the tutorial's format; a few fields that carry seconds use
 * their own format where they are read.
 */
public final class JsonFactory {

    public static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private JsonFactory() {}

    public static Gson create() {
        return new GsonBuilder()
                .serializeNulls()
                .disableHtmlEscaping()
                .registerTypeAdapter(LocalDateTime.class, (JsonSerializer<LocalDateTime>)
                        (value, type, context) -> new JsonPrimitive(MINUTES.format(value)))
                .registerTypeAdapter(LocalDateTime.class, (JsonDeserializer<LocalDateTime>) (json, type, context) -> {
                    try {
                        return LocalDateTime.parse(json.getAsString(), MINUTES);
                    } catch (DateTimeParseException | UnsupportedOperationException e) {
                        throw new JsonParseException("expected a time as yyyy-MM-dd HH:mm", e);
                    }
                })
                .create();
    }
}
