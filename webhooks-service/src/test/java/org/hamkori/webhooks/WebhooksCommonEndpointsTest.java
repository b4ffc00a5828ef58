package org.hamkori.webhooks;

import io.quarkus.test.junit.QuarkusTest;
import org.hamkori.testkit.CommonEndpointsContract;

@QuarkusTest
class WebhooksCommonEndpointsTest extends CommonEndpointsContract {

    @Override
    protected String protectedPath() {
        return "/webhooks/endpoints";
    }
}
