import { checkResidue } from './residue.mjs'

export default checkResidue
