package com.skyorders.menu;

/** A dish of a set meal as the mini-program's set-meal popup shows it (the tutorial's DishItemVO). */
public record DishItem(String name, int copies, String image, String description) {}
