/** Carefeed events over Kafka: CloudEvents binary-mode records, and the broker's health. */
package org.carefeed.platform.kafka;
