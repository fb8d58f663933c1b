/**
 * What the services share for their metrics: gauges that ask the database a bounded number of times
 * however often, and by however many scrapers, they are read.
 */
package org.carefeed.platform.metrics;
