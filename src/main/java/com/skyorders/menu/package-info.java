/** The shop's menu: categories and dishes, read-only for now. */
package com.skyorders.menu;
