package com.skyorders.socket;

import com.skyorders.config.JsonFactory;
import com.skyorders.outbox.Alert;
import com.skyorders.outbox.AlertType;

/**
 * The WebSocket frame a console rings on: sky-take-out's {@code {type, orderId, content}}, plus the alert's
 * {@code id} and {@code epoch} (for {@code since}: an id means something only in its outbox history), its time, whether it is an urgent re-alert, and the message page's type.
 */
record AlertFrame(
        int type, long orderId, String content, long id, String epoch, String time, boolean urgent, int kind) {

    static AlertFrame of(Alert alert, String epoch) {
        AlertType type = alert.alertType();
        return new AlertFrame(
                type.frameType(),
                alert.orderId(),
                alert.content(),
                alert.id(),
                epoch,
                JsonFactory.MINUTES.format(alert.createdAt()),
                type.urgent(),
                type.code());
    }
}
