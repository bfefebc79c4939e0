package com.skyorders.web;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonSerializationContext;
import com.google.gson.JsonSerializer;
import com.skyorders.order.OrderWithDetails;
import java.lang.reflect.Type;

/** Writes an order as sky-take-out's OrderVO: every Orders field, plus orderDishes and orderDetailList. */
final class OrderVoSerializer implements JsonSerializer<OrderWithDetails> {

    @Override
    public JsonElement serialize(OrderWithDetails value, Type type, JsonSerializationContext context) {
        JsonObject json = context.serialize(value.order()).getAsJsonObject();
        json.addProperty("orderDishes", value.orderDishes());
        json.add("orderDetailList", context.serialize(value.details()));
        if (value.reminders() != null) {
            json.addProperty("reminderCount", value.reminders().reminderCount());
            json.add("lastReminderTime", context.serialize(value.reminders().lastReminderTime()));
            json.addProperty("reminderReply", value.reminders().reminderReply());
            json.add("reminders", context.serialize(value.reminders().reminders()));
        }
        return json;
    }

    /** Registers this serializer on a Gson builder. */
    static GsonBuilder register(GsonBuilder builder) {
        return builder.registerTypeAdapter(OrderWithDetails.class, new OrderVoSerializer());
    }
}
