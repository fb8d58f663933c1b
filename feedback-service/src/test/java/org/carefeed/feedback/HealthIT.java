package org.carefeed.feedback;

import org.carefeed.testsupport.HealthEndpointContract;

class HealthIT extends HealthEndpointContract {
}
