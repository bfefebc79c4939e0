package com.skyorders.employee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.skyorders.error.AppException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 员工管理's rules, as the tutorial's admin form states them, with its messages. */
class StaffProfileTest {

    private static final StaffProfile ZHANGSAN =
            new StaffProfile("zhangsan", "张三", "13812345678", "1", "11010119900101123X");

    @Test
    void aValidProfileIsKeptTrimmed() {
        StaffProfile padded = new StaffProfile(" zhangsan ", " 张三 ", "13812345678 ", "1", " 11010119900101123X");
        assertEquals(ZHANGSAN, padded.validated());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "username | '' | 请输入账号",
                "username | ab | 账号输入不符，请输入3-20个字符",
                "username | ZhangSan | 账号输入不符，请输入3-20个字符",
                "username | zhang_san | 账号输入不符，请输入3-20个字符",
                "name | '' | 请输入员工姓名",
                "name | 一二三四五六七八九十一二三 | 员工姓名不能超过12个字符",
                "phone | '' | 请输入手机号",
                "phone | 12812345678 | 请输入正确的手机号!",
                "phone | 1381234567 | 请输入正确的手机号!",
                "sex | 男 | 请选择性别（0 女，1 男）",
                "sex | 2 | 请选择性别（0 女，1 男）",
                "idNumber | '' | 请输入身份证号码",
                "idNumber | 110101900101123 | 身份证号码不正确",
                "idNumber | 11010119900101123Y | 身份证号码不正确"
            })
    void eachRuleRefusesWithTheFormsMessage(String field, String value, String message) {
        StaffProfile bad = switch (field) {
            case "username" -> new StaffProfile(value, "张三", "13812345678", "1", "11010119900101123X");
            case "name" -> new StaffProfile("zhangsan", value, "13812345678", "1", "11010119900101123X");
            case "phone" -> new StaffProfile("zhangsan", "张三", value, "1", "11010119900101123X");
            case "sex" -> new StaffProfile("zhangsan", "张三", "13812345678", value, "11010119900101123X");
            default -> new StaffProfile("zhangsan", "张三", "13812345678", "1", value);
        };
        assertEquals(message, assertThrows(AppException.class, bad::validated).getMessage());
    }
}
