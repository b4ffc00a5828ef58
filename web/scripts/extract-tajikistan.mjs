// Extracts Tajikistan's outline and its border with Afghanistan from world-atlas (ISC licence, Natural Earth
// data, 1:50m) into a small GeoJSON the map page draws without any tile server.
import { readFileSync, writeFileSync } from 'node:fs';
import { feature, mesh } from 'topojson-client';

const world = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8'));
const TAJIKISTAN = '762';
const AFGHANISTAN = '004';
const countries = world.objects.countries;
const outline = feature(world, { ...countries, geometries: countries.geometries.filter((g) => g.id === TAJIKISTAN) });
const border = mesh(
  world,
  countries,
  (a, b) => (a.id === TAJIKISTAN && b.id === AFGHANISTAN) || (a.id === AFGHANISTAN && b.id === TAJIKISTAN),
);
const round = (coords) =>
  Array.isArray(coords[0]) ? coords.map(round) : [Math.round(coords[0] * 1e4) / 1e4, Math.round(coords[1] * 1e4) / 1e4];
const geometry = outline.features[0].geometry;
writeFileSync(
  'src/map/tajikistan.json',
  JSON.stringify({
    source: 'world-atlas 2.0.2 countries-50m (ISC), Natural Earth',
    outline: { type: geometry.type, coordinates: round(geometry.coordinates) },
    afghanBorder: { type: border.type, coordinates: round(border.coordinates) },
  }),
);
console.log('src/map/tajikistan.json');
