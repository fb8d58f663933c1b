/**
 * choice-service: the provider directory, published performance data and the read models that join
 * them with patient feedback. Each feature is a folder holding its HTTP edge, its domain and its
 * Kafka edge side by side.
 */
package org.carefeed.choice;
