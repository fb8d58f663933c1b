package org.carefeed.choice;

import org.carefeed.testsupport.HealthEndpointContract;

class HealthIT extends HealthEndpointContract {
}
