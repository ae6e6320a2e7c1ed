package fr.vigie.organisation.internal;

import java.util.List;

import fr.vigie.organisation.Address;
import fr.vigie.organisation.Direction;
import fr.vigie.organisation.GeoPoint;
import fr.vigie.organisation.Organisation;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteKind;
import fr.vigie.shared.demo.ConditionalOnDemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fictional métropole with a dozen sites of different kinds. Created once: when the
 * organisation already exists nothing is touched, so edits made in the UI survive
 * restarts.
 */
@Component
@ConditionalOnDemoData
@Order(20)
class DemoNetwork implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);

	static final String ORGANISATION_ID = "demo-metropole";

	private final OrganisationRepository organisations;

	private final DirectionRepository directions;

	private final SiteRepository sites;

	DemoNetwork(OrganisationRepository organisations, DirectionRepository directions, SiteRepository sites) {
		this.organisations = organisations;
		this.directions = directions;
		this.sites = sites;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.organisations.existsById(ORGANISATION_ID)) {
			return;
		}
		this.organisations.save(new Organisation(ORGANISATION_ID, "Métropole de Valbourg"));
		this.directions.saveAll(List.of(new Direction("dir-nord", ORGANISATION_ID, "Territoire Nord"),
				new Direction("dir-sud", ORGANISATION_ID, "Territoire Sud"),
				new Direction("dir-solidarites", ORGANISATION_ID, "Direction des solidarités")));
		this.sites.saveAll(List.of(
				site("VAL-HDV", "dir-nord", "Hôtel de ville de Valbourg", SiteKind.MAIRIE, "1 place de la République",
						"69001", "Valbourg", 45.7640, 4.8357),
				site("VAL-ANX-CROIX", "dir-nord", "Mairie annexe de la Croix-Rousse", SiteKind.MAIRIE_ANNEXE,
						"12 boulevard des Canuts", "69004", "Valbourg", 45.7770, 4.8270),
				site("VAL-ANX-GERL", "dir-sud", "Mairie annexe de Gerland", SiteKind.MAIRIE_ANNEXE,
						"40 avenue Jean-Jaurès", "69007", "Valbourg", 45.7330, 4.8330),
				site("VAL-CCAS", "dir-solidarites", "CCAS de Valbourg", SiteKind.CCAS, "8 rue de l'Entraide", "69003",
						"Valbourg", 45.7590, 4.8520),
				site("VAL-MDM-EST", "dir-solidarites", "Maison de la Métropole Est", SiteKind.MAISON_METROPOLE,
						"3 rue Paul-Bert", "69100", "Villeurbanne", 45.7660, 4.8800),
				site("VAL-MDM-OUEST", "dir-solidarites", "Maison de la Métropole Ouest", SiteKind.MAISON_METROPOLE,
						"27 avenue de Ménival", "69005", "Valbourg", 45.7510, 4.7850),
				site("VAL-FS-RIL", "dir-nord", "France Services de Rillieux", SiteKind.FRANCE_SERVICES,
						"5 place Maréchal-Lyautey", "69140", "Rillieux-la-Pape", 45.8200, 4.8980),
				site("VAL-FS-VEN", "dir-sud", "France Services de Vénissieux", SiteKind.FRANCE_SERVICES,
						"14 avenue Marcel-Houël", "69200", "Vénissieux", 45.6970, 4.8860),
				site("VAL-PREF", "dir-nord", "Préfecture – accueil des étrangers", SiteKind.PREFECTURE,
						"106 rue Pierre-Corneille", "69003", "Valbourg", 45.7580, 4.8490),
				site("VAL-MED-PD", "dir-sud", "Médiathèque de la Part-Dieu", SiteKind.MEDIATHEQUE,
						"30 boulevard Vivier-Merle", "69003", "Valbourg", 45.7610, 4.8590),
				site("VAL-AG-EAU", "dir-sud", "Agence de l'eau – accueil usagers", SiteKind.AGENCE, "2 quai Fulchiron",
						"69005", "Valbourg", 45.7580, 4.8260),
				site("VAL-ANX-OUL", "dir-sud", "Mairie annexe d'Oullins", SiteKind.MAIRIE_ANNEXE,
						"Place Roger-Salengro", "69600", "Oullins", 45.7150, 4.8080)));
		log.info("Demo data: created the Métropole de Valbourg network (12 sites)");
	}

	private static Site site(String externalId, String directionId, String name, SiteKind kind, String street,
			String postalCode, String city, double latitude, double longitude) {
		return Site.create(externalId, ORGANISATION_ID, directionId, name, kind, new Address(street, postalCode, city),
				new GeoPoint(latitude, longitude));
	}

}
