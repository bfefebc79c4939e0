/**
 * Timeout sweeps on clustered Quartz: cancel unpaid orders, complete forgotten deliveries, re-alert orders nobody
 * accepted. Set-based, chunked statements; Quartz's JDBC job store in our database makes each fire run on one node.
 */
package com.skyorders.sweep;
