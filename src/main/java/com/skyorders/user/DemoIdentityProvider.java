package com.skyorders.user;

import com.skyorders.error.AppException;
import java.util.regex.Pattern;

/** The demo identity provider: the login code is the openid itself, so any curl user can be any customer. */
public final class DemoIdentityProvider implements IdentityProvider {

    private static final Pattern OPENID = Pattern.compile("[A-Za-z0-9_-]{1,45}");

    @Override
    public String openidFor(String code) {
        if (code == null || !OPENID.matcher(code).matches()) {
            throw AppException.invalid("code", "必须是1到45位字母、数字、下划线或连字符");
        }
        return code;
    }
}
