package fr.vigie.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.util.Assert;

/**
 * A place users reach: a town hall, an annex, a France Services… The external id is the
 * stable key shared with the authority's own registry (and CSV imports).
 */
@Document("sites")
public class Site {

	@Id
	private final String id;

	@Indexed(unique = true)
	private final String externalId;

	private final String organisationId;

	private String directionId;

	private String name;

	private SiteKind kind;

	private Address address;

	private GeoPoint position;

	@Version
	private Long version;

	@PersistenceCreator
	Site(String id, String externalId, String organisationId, String directionId, String name, SiteKind kind,
			Address address, GeoPoint position, Long version) {
		this.id = id;
		this.externalId = externalId;
		this.organisationId = organisationId;
		this.directionId = directionId;
		this.name = name;
		this.kind = kind;
		this.address = address;
		this.position = position;
		this.version = version;
	}

	public static Site create(String externalId, String organisationId, String directionId, String name, SiteKind kind,
			Address address, GeoPoint position) {
		Assert.hasText(externalId, "externalId must not be empty");
		Assert.hasText(name, "name must not be empty");
		Assert.notNull(kind, "kind must not be null");
		return new Site(externalId, externalId, organisationId, directionId, name.trim(), kind, address, position,
				null);
	}

	public String id() {
		return this.id;
	}

	public String externalId() {
		return this.externalId;
	}

	public String organisationId() {
		return this.organisationId;
	}

	public String directionId() {
		return this.directionId;
	}

	public String name() {
		return this.name;
	}

	public SiteKind kind() {
		return this.kind;
	}

	public Address address() {
		return this.address;
	}

	public GeoPoint position() {
		return this.position;
	}

	public Long version() {
		return this.version;
	}

}
