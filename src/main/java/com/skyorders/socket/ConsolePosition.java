package com.skyorders.socket;

/**
 * Where one console is in the alert stream: {@code after} the last alert id it was given, in the relay's
 * {@code generation} of the outbox's history (a reset starts a new one, and every older position starts over).
 */
record ConsolePosition(int generation, long after) {}
