package nl.bordspiegel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A device known on one node is known on every node: they sign its cookie with one key. */
class KnownDevicesTest {

    private static final String SETTING = "a-device-key-of-at-least-32-characters";

    private final JdbcTemplate database = SignInDatabase.fresh();

    @Test
    void twoNodesOnOneDatabaseShareTheGeneratedKey() {
        KnownDevices nodeA = KnownDevices.signedWith("", database);
        KnownDevices nodeB = KnownDevices.signedWith("", database);

        MockHttpServletRequest next = cookieFrom(nodeA, "leider@school.nl");

        assertThat(nodeB.isKnown(next, "leider@school.nl")).isTrue();
        assertThat(nodeB.isKnown(next, "collega@school.nl")).isFalse();
        assertThat(database.queryForObject("select count(*) from device_key", Integer.class)).isEqualTo(1);
    }

    @Test
    void aNodeThatLosesTheRaceUsesTheKeyAlreadyStored() {
        byte[] first = DeviceKey.sharedIn(database);
        byte[] second = DeviceKey.sharedIn(database);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void aNodeOnAnotherDatabaseDoesNotKnowTheDevice() {
        KnownDevices nodeA = KnownDevices.signedWith("", database);
        KnownDevices elsewhere = KnownDevices.signedWith("", SignInDatabase.fresh());

        assertThat(elsewhere.isKnown(cookieFrom(nodeA, "leider@school.nl"), "leider@school.nl")).isFalse();
    }

    @Test
    void theSettingGivesEveryNodeTheSameKeyWithoutTheDatabase() {
        KnownDevices nodeA = KnownDevices.signedWith(SETTING, null);
        KnownDevices nodeB = KnownDevices.signedWith(SETTING, null);

        assertThat(nodeB.isKnown(cookieFrom(nodeA, "leider@school.nl"), "leider@school.nl")).isTrue();
        assertThat(KnownDevices.signedWith("another-device-key-of-at-least-32-chars", null)
                .isKnown(cookieFrom(nodeA, "leider@school.nl"), "leider@school.nl")).isFalse();
    }

    @Test
    void aShortSettingStopsTheStart() {
        assertThatThrownBy(() -> KnownDevices.signedWith("too-short", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BORDSPIEGEL_DEVICE_KEY");
    }

    private static MockHttpServletRequest cookieFrom(KnownDevices node, String loginName) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        node.remember(new MockHttpServletRequest(), response, loginName);
        MockHttpServletRequest next = new MockHttpServletRequest();
        next.setCookies(response.getCookie(KnownDevices.COOKIE));
        return next;
    }
}
