/**
 * The "Leave a review" pages: one question a page, check your answers, confirmation with the private
 * link. No server session: the answers so far travel from page to page in hidden fields, and each page
 * validates its own with the API's constraints ({@code SubmitReviewRequest}).
 */
package org.carefeed.feedback.review.web;
