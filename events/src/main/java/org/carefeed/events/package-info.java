/**
 * The contracts between Carefeed's services: event records, topic names, their JSON Schemas and the
 * CloudEvents (Kafka binding, binary mode) header mapping. Plain Java and Jackson only, so any
 * consumer can read the wire format without either service's code.
 */
package org.carefeed.events;
