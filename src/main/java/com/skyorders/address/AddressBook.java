package com.skyorders.address;

/** A delivery address in a customer's address book (sky-take-out's AddressBook). */
public record AddressBook(
        long id,
        long userId,
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
        String label,
        int isDefault) {

    /** The one-line address an order keeps, as the tutorial builds it. */
    public String fullAddress() {
        return nullToEmpty(provinceName) + nullToEmpty(cityName) + nullToEmpty(districtName) + nullToEmpty(detail);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
