package org.hamkori.centers;

import io.quarkus.test.junit.QuarkusTest;
import org.hamkori.testkit.CommonEndpointsContract;

@QuarkusTest
class CentersCommonEndpointsTest extends CommonEndpointsContract {

    @Override
    protected String protectedPath() {
        return "/centers";
    }
}
