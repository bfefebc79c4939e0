/**
 * The shop's menu: categories, dishes with their flavours, set meals, the rules the admin edits them under, and the
 * customer's lists, cached per node and invalidated on every node through the menu version.
 */
package com.skyorders.menu;
