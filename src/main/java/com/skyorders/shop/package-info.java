/** 营业状态: whether the shop takes orders, shared by every node through the database, with its history. */
package com.skyorders.shop;
