/**
 * The JSON API edge (/admin/**, /user/**, /notify/**, /health, /images/**): servlets that validate input and hand
 * it to services, in the tutorial's paths and shapes. Registered as instances by App, so they take their dependencies
 * by constructor; the plumbing they share with the other edges is in {@code http}.
 */
package com.skyorders.web;
