package fr.vigie.organisation.ui;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import fr.vigie.organisation.Address;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteDetails;
import fr.vigie.organisation.SiteFilter;
import fr.vigie.organisation.SiteId;
import fr.vigie.organisation.SiteKind;
import fr.vigie.shared.calendar.HolidayCalendar;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site list of a large network, in a browserless UI: the grid asks the store for one
 * page, never for the whole list. Its own store: the added sites would change what other
 * tests count.
 */
@SpringBootTest
@DirtiesContext
class SiteListViewTests extends SpringBrowserlessTest {

	private static final int ADDED = 520;

	@Autowired
	OrganisationManagement organisation;

	@Test
	@WithMockUser(username = "qualite", roles = "QUALITY_MANAGER")
	void theGridOfALargeNetworkFetchesOnePageAndShowsTheFullCount() {
		for (int number = 0; number < ADDED; number++) {
			String id = String.format("PAGE-%03d", number);
			this.organisation.createSite("demo-metropole", new SiteId(id), new SiteDetails("Mairie annexe " + id,
					SiteKind.MAIRIE, null, new Address(null, null, "Valbourg"), null, HolidayCalendar.FRANCE));
		}
		long total = this.organisation.countSites(SiteFilter.all());
		assertThat(total).isGreaterThanOrEqualTo(ADDED + 12);

		navigate(SiteListView.class);
		@SuppressWarnings("unchecked")
		Grid<Site> grid = $(Grid.class).single();
		DataProvider<Site, ?> sites = grid.getDataProvider();
		assertThat(sites.isInMemory()).isFalse();
		List<Site> firstPage = sites.fetch(new Query<>(0, grid.getPageSize(), List.of(), null, null)).toList();
		assertThat(firstPage).hasSize(grid.getPageSize()).extracting(Site::name).isSorted();
		assertThat(sites.size(new Query<>())).isEqualTo(total);
		roundTrip();
		assertThat($(Paragraph.class).withClassName("result-count").single().getText()).isEqualTo(total + " sites");
	}

}
