/** The shop's staff accounts and their login. */
package com.skyorders.employee;
