package com.skyorders.order;

import com.skyorders.error.AppException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The body of POST /user/order/submit (sky-take-out's OrdersSubmitDTO). {@code estimatedDeliveryTime} travels
 * with seconds, unlike every other time; {@code amount} is what the client computed and must match ours.
 */
public record SubmitOrder(
        Long addressBookId,
        Integer payMethod,
        String remark,
        String estimatedDeliveryTime,
        Integer deliveryStatus,
        Integer tablewareNumber,
        Integer tablewareStatus,
        Integer packAmount,
        BigDecimal amount) {

    static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public void validate() {
        if (addressBookId == null || addressBookId <= 0) {
            throw AppException.invalid("addressBookId", "不能为空");
        }
        if (payMethod == null || (payMethod != 1 && payMethod != 2)) {
            throw AppException.invalid("payMethod", "必须是1(微信)或2(支付宝)");
        }
        if (remark != null && remark.length() > 100) {
            throw AppException.invalid("remark", "不能超过100个字符");
        }
        if (deliveryStatus != null && deliveryStatus != 0 && deliveryStatus != 1) {
            throw AppException.invalid("deliveryStatus", "必须是0或1");
        }
        if (deliveryStatus != null && deliveryStatus == 0 && estimatedDeliveryTime == null) {
            throw AppException.invalid("estimatedDeliveryTime", "选择送达时间时不能为空");
        }
        estimatedDelivery();
        if (tablewareNumber != null && (tablewareNumber < 0 || tablewareNumber > 99)) {
            throw AppException.invalid("tablewareNumber", "必须在0到99之间");
        }
        if (tablewareStatus != null && tablewareStatus != 0 && tablewareStatus != 1) {
            throw AppException.invalid("tablewareStatus", "必须是0或1");
        }
        if (packAmount != null && (packAmount < 0 || packAmount > 10_000)) {
            throw AppException.invalid("packAmount", "必须在0到10000之间");
        }
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 8) {
            throw AppException.invalid("amount", "必须是大于0、最多两位小数的金额");
        }
    }

    public LocalDateTime estimatedDelivery() {
        if (estimatedDeliveryTime == null || estimatedDeliveryTime.isBlank()) {
            return null;
        }
        try {
            LocalDateTime parsed = LocalDateTime.parse(estimatedDeliveryTime.trim(), SECONDS);
            if (parsed.getYear() < 2000 || parsed.getYear() > 9999) {
                throw AppException.invalid("estimatedDeliveryTime", "超出范围");
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw AppException.invalid("estimatedDeliveryTime", "格式必须是yyyy-MM-dd HH:mm:ss");
        }
    }
}
