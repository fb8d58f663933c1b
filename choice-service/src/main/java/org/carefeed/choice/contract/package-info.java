/**
 * The published contracts of the open data: the OpenAPI document of the HTTP API, and the AsyncAPI
 * document of the public Kafka topics with the events' JSON Schemas it points to.
 */
package org.carefeed.choice.contract;
