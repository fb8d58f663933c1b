/**
 * A provider's figures from its feedback: review counts, ratings and the fair score, response rate and
 * time, and complaint handling. Recomputed from the review and complaint projections, never counted
 * up, after each event for the provider and daily as the windows move.
 */
package org.carefeed.choice.summary;
