/**
 * The merchant socket edge: the handshake filter (credential and origin), the thin {@code /ws/{sid}} endpoint, the
 * hub of open consoles with per-console send queues, the relay every node runs to fan alerts out from the outbox,
 * and the periodic check that closes consoles whose sign-in ended.
 */
package com.skyorders.socket;
