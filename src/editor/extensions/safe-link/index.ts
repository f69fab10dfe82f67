export { SafeLink, isAllowedLink, LINK_PROTOCOLS } from './safe-link'
