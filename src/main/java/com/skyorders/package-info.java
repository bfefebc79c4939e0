/**
 * Sky Orders: the order back end of a take-out shop. {@link com.skyorders.App} wires everything; each sub-package
 * is one feature or one edge, and data flows one way: edges (web, console, socket, jobs) → services → DAOs.
 */
package com.skyorders;
