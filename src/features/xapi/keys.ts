/** Settings keys of the xAPI sender: tiny on purpose, as app start-up reads CONFIG_KEY. */
export const CONFIG_KEY = 'xapiConfig'
export const STATUS_KEY = 'xapiStatus'
