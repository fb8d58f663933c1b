/**
 * Open statistics that outlive erasure: moderation month by month (reviews received, published, rejected
 * and removed by reason, withdrawn, time to a decision) from the text-free review outcomes, and complaint
 * handling by provider and organisation from the text-free complaint facts; served as JSON and CSV with
 * the method next to the numbers.
 */
package org.carefeed.choice.statistics;
