package org.hamkori.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.hamkori.testkit.CommonEndpointsContract;

@QuarkusTest
class ReportingCommonEndpointsTest extends CommonEndpointsContract {

    @Override
    protected String protectedPath() {
        return "/reports/overview";
    }
}
