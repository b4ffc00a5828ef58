package org.hamkori.training;

import io.quarkus.test.junit.QuarkusTest;
import org.hamkori.testkit.CommonEndpointsContract;

@QuarkusTest
class TrainingCommonEndpointsTest extends CommonEndpointsContract {

    @Override
    protected String protectedPath() {
        return "/courses";
    }
}
