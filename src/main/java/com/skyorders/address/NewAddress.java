package com.skyorders.address;

import com.skyorders.error.AppException;

/** The body of POST /user/addressBook, checked field by field. */
public record NewAddress(
        String consignee,
        String sex,
        String phone,
        String provinceCode,
        String provinceName,
        String cityCode,
        String cityName,
        String districtCode,
        String districtName,
        String detail,
        String label) {

    public void validate() {
        require("consignee", consignee, 32);
        if (phone == null || !phone.matches("1\\d{10}")) {
            throw AppException.invalid("phone", "必须是11位手机号");
        }
        require("detail", detail, 200);
        if (sex != null && !sex.matches("[01]")) {
            throw AppException.invalid("sex", "必须是0或1");
        }
        limit("provinceCode", provinceCode, 12);
        limit("provinceName", provinceName, 32);
        limit("cityCode", cityCode, 12);
        limit("cityName", cityName, 32);
        limit("districtCode", districtCode, 12);
        limit("districtName", districtName, 32);
        limit("label", label, 100);
        int full = length(provinceName) + length(cityName) + length(districtName) + length(detail);
        if (full > 255) {
            throw AppException.invalid("detail", "与省市区合计不能超过255个字符");
        }
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private static void require(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw AppException.invalid(field, "不能为空");
        }
        limit(field, value, max);
    }

    private static void limit(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw AppException.invalid(field, "不能超过" + max + "个字符");
        }
    }
}
