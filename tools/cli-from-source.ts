// `npm run dev -- <args>`: the CLI straight from src/ through tsx, for working on the code
// without rebuilding dist/.
import { cli } from '../src/cli'

void cli()
