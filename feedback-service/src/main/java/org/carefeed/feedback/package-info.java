/**
 * feedback-service: the write side of patient feedback. Each feature is a folder holding its HTTP
 * edge, its domain and its Kafka edge side by side.
 */
package org.carefeed.feedback;
