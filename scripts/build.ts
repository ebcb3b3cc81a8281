// `npm run build`: the production build, stamped with its sources so that `npm start` knows it is current.
import { buildProduction } from "./build-state";

process.exit(await buildProduction());
