package com.skyorders.address;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.skyorders.error.AppException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A new address book entry: required fields, the phone's shape, and every length bound. */
class NewAddressTest {

    private static NewAddress with(String consignee, String sex, String phone, String detail, String label) {
        return new NewAddress(consignee, sex, phone, "11", "北京市", "1101", "市辖区", "110101", "东城区", detail, label);
    }

    @org.junit.jupiter.api.Test
    void theTutorialsAddressIsValid() {
        assertDoesNotThrow(() -> with("张三", "1", "13800000000", "王府井大街1号", "公司").validate());
        assertDoesNotThrow(
                () -> with("张三", null, "13800000000", "王府井大街1号", null).validate());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            no consignee      | -    | 1 | 13800000000  | 1号  | -   | consignee
            blank consignee   | '  ' | 1 | 13800000000  | 1号  | -   | consignee
            short phone       | 张三 | 1 | 1380000000   | 1号  | -   | phone
            landline          | 张三 | 1 | 01088888888  | 1号  | -   | phone
            no phone          | 张三 | 1 | -            | 1号  | -   | phone
            sex 2             | 张三 | 2 | 13800000000  | 1号  | -   | sex
            no detail         | 张三 | 1 | 13800000000  | -    | -   | detail
            """)
    void aBadFieldIsNamed(
            String label, String consignee, String sex, String phone, String detail, String tag, String field) {
        AppException e = assertThrows(
                AppException.class,
                () -> with(consignee, sex, phone, detail, tag).validate());
        assertTrue(e.getMessage().startsWith(field), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void lengthsAreBoundedOneOverTheLimit() {
        assertThrows(
                AppException.class,
                () -> with("张".repeat(33), "1", "13800000000", "1号", null).validate());
        assertDoesNotThrow(
                () -> with("张".repeat(32), "1", "13800000000", "1号", null).validate());
        assertThrows(
                AppException.class,
                () -> with("张三", "1", "13800000000", "路".repeat(201), null).validate());
        assertThrows(
                AppException.class,
                () -> with("张三", "1", "13800000000", "1号", "签".repeat(101)).validate());
    }
}
