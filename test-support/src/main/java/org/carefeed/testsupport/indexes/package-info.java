/**
 * Every query indexed: the integration tests record the shape of every query the service sends to
 * MongoDB and the indexes it declares, and a check run last fails when a shape has no index to serve it.
 */
package org.carefeed.testsupport.indexes;
