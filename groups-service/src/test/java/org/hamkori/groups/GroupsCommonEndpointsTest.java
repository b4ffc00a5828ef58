package org.hamkori.groups;

import io.quarkus.test.junit.QuarkusTest;
import org.hamkori.testkit.CommonEndpointsContract;

@QuarkusTest
class GroupsCommonEndpointsTest extends CommonEndpointsContract {

    @Override
    protected String protectedPath() {
        return "/groups";
    }
}
