package com.skyorders.employee;

import com.skyorders.error.AppException;
import com.skyorders.error.Problem;
import java.util.regex.Pattern;

/**
 * What 员工管理 may set on a member of staff (the tutorial's EmployeeDTO): checked as the admin's own form checks
 * it, with its messages, so whatever a client skips is still refused with words the admin can show.
 */
public record StaffProfile(String username, String name, String phone, String sex, String idNumber) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9]{3,20}");
    private static final Pattern PHONE = Pattern.compile("1[3-8]\\d{9}");
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");
    private static final int MAX_NAME = 12;

    /** This profile trimmed, or a refusal naming the first rule it breaks. */
    public StaffProfile validated() {
        StaffProfile p = new StaffProfile(trim(username), trim(name), trim(phone), trim(sex), trim(idNumber));
        require(!p.username.isEmpty(), "请输入账号");
        require(USERNAME.matcher(p.username).matches(), "账号输入不符，请输入3-20个字符");
        require(!p.name.isEmpty(), "请输入员工姓名");
        require(p.name.length() <= MAX_NAME, "员工姓名不能超过" + MAX_NAME + "个字符");
        require(!p.phone.isEmpty(), "请输入手机号");
        require(PHONE.matcher(p.phone).matches(), "请输入正确的手机号!");
        require(p.sex.equals("0") || p.sex.equals("1"), "请选择性别（0 女，1 男）");
        require(!p.idNumber.isEmpty(), "请输入身份证号码");
        require(ID_NUMBER.matcher(p.idNumber).matches(), "身份证号码不正确");
        return p;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new AppException(Problem.INVALID_INPUT, message);
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
