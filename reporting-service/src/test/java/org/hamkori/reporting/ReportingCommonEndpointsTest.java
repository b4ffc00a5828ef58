package org.hamkori.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.hamkori.testkit.CommonEndpointsContract;

@QuarkusTest
class ReportingCommonEndpointsTest extends CommonEndpointsContract {
}
