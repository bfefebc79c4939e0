/** Authentication: password hashing, tokens and the principals they stand for. */
package com.skyorders.auth;
